import { http, now } from "lab";

// 一个不稳定 API 的十个页面：每次响应耗时 1 s，部分调用会失败。
const pages = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const urls = pages.map((page) => `/flaky?page=${page}`);

// 这段代码一次发出全部十个请求，而且第一个失败会把
// 其他所有响应都丢掉。改得礼貌一些：通过一个共享的客户端，
// 同时最多只有 3 个请求在途，并统计失败次数。
const responses = await Promise.all(urls.map((u) => http.get(u)));

const ok = responses.length;
console.log(`${ok} succeeded, 0 failed in ${now()} ms`);

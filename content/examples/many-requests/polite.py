import asyncio
import time

import aiohttp

URLS = [
    "https://httpbin.org/delay/1",
    "https://httpbin.org/json",
    "https://httpbin.org/status/500",
    "https://httpbin.org/delay/1",
    "https://httpbin.org/status/404",
    "https://httpbin.org/json",
]

async def fetch_one(session: aiohttp.ClientSession, url: str, n: int) -> dict:
    async with session.get(url) as response:
        body = await response.json()
    print(f"  request {n} ok, status {response.status}")
    return body

async def main() -> None:
    start = time.perf_counter()
    print(f"fetching {len(URLS)} URLs...")
    # One session for every request: at most 3 connections at a time.
    # raise_for_status turns 4xx/5xx answers into exceptions, like the lab's client.
    connector = aiohttp.TCPConnector(limit=3)
    async with aiohttp.ClientSession(connector=connector, raise_for_status=True) as session:
        # return_exceptions=True keeps failures as values instead of raising the first one.
        results = await asyncio.gather(
            *(fetch_one(session, url, n) for n, url in enumerate(URLS, start=1)),
            return_exceptions=True,
        )

    for n, result in enumerate(results, start=1):
        if isinstance(result, Exception):
            print(f"  request {n} failed: {result!r}")
    ok = sum(not isinstance(result, Exception) for result in results)
    print(f"done: {ok}/{len(URLS)} succeeded in {time.perf_counter() - start:.1f} s")

asyncio.run(main())

import asyncio
import time

start = time.perf_counter()

def ms() -> int:
    return round((time.perf_counter() - start) * 1000)

async def get(url: str, seconds: float = 1, status: int = 200) -> str:
    await asyncio.sleep(seconds)
    if status >= 400:
        raise RuntimeError(f"{url} failed with status {status}")
    return url

async def main() -> None:
    # allSettled ≈ gather(..., return_exceptions=True): errors come back as values.
    results = await asyncio.gather(get("/json"), get("/status/500", status=500), get("/delay/2", 2),
                                   return_exceptions=True)
    for result in results:
        print("failed," if isinstance(result, Exception) else "ok,", result)
    print(f"gather done at {ms()} ms")

    # No Promise.any in asyncio: take results as they complete, keep the first success.
    mirrors = [get("/status/503", 0.5, 503), get("/delay/2", 2), get("/json")]
    for next_done in asyncio.as_completed(mirrors):
        try:
            print(f"first success: {await next_done} at {ms()} ms")
            break
        except RuntimeError:
            continue

    # Every failure at once: a TaskGroup raises an ExceptionGroup (3.11+).
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(get("/status/500", status=500))
            group.create_task(get("/status/503", status=503))
    except* RuntimeError as group_error:
        print(f"{len(group_error.exceptions)} failed at {ms()} ms")

asyncio.run(main())

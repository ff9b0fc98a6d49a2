import asyncio
import time

start = time.perf_counter()

def ms() -> int:
    return round((time.perf_counter() - start) * 1000)

# Two permits: at most 2 requests in flight, the rest wait their turn.
limit = asyncio.Semaphore(2)

async def get(path: str, number: int) -> None:
    async with limit:  # acquire, and release on the way out, even on error
        await asyncio.sleep(1)  # stands in for the request to path
    print(f"request {number} done at {ms()} ms")

async def main() -> None:
    paths = ["/delay/1"] * 6
    await asyncio.gather(*(get(path, i + 1) for i, path in enumerate(paths)))
    print(f"all done at {ms()} ms")

asyncio.run(main())

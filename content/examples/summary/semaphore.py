import asyncio
import time

async def main() -> None:
    start = time.perf_counter()
    limit = asyncio.Semaphore(2)

    async def get() -> None:
        async with limit:
            await asyncio.sleep(1)  # stands in for a 1 s request

    await asyncio.gather(*(get() for _ in range(4)))
    print(f"4 requests, 2 at a time: {round((time.perf_counter() - start) * 1000)} ms")

asyncio.run(main())

import asyncio
import time

async def main() -> None:
    start = time.perf_counter()
    try:
        await asyncio.wait_for(asyncio.sleep(5), timeout=2)  # or: async with asyncio.timeout(2)
    except TimeoutError:
        print(f"TimeoutError at {round((time.perf_counter() - start) * 1000)} ms")

asyncio.run(main())

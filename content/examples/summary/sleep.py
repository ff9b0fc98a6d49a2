import asyncio
import time

async def main() -> None:
    start = time.perf_counter()
    await asyncio.sleep(1)
    print(f"asyncio.sleep: {round((time.perf_counter() - start) * 1000)} ms")

asyncio.run(main())

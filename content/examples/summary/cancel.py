import asyncio
import time

async def main() -> None:
    start = time.perf_counter()
    work = asyncio.create_task(asyncio.sleep(5))
    asyncio.get_running_loop().call_later(1, work.cancel)
    try:
        await work
    except asyncio.CancelledError:
        print(f"CancelledError at {round((time.perf_counter() - start) * 1000)} ms")

asyncio.run(main())

import asyncio
import time

start = time.perf_counter()

def ms() -> int:
    return round((time.perf_counter() - start) * 1000)

CACHED = "rate 1.08 (from cache)"

async def live_rate() -> str:
    await asyncio.sleep(8)  # the rate service is slow today
    return "rate 1.09 (live)"

async def get_rate() -> str:
    try:
        # wait_for cancels live_rate() when the 5 s are up.
        return await asyncio.wait_for(live_rate(), timeout=5)
    except TimeoutError:
        return CACHED

async def main() -> None:
    print(f"answer at {ms()} ms:", await get_rate())

asyncio.run(main())

import asyncio
import time
from concurrent.futures import ProcessPoolExecutor

start = time.perf_counter()

def ms() -> int:
    return round((time.perf_counter() - start) * 1000)

def count_primes(limit: int) -> int:
    count = 0
    for n in range(2, limit):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            count += 1
    return count

async def heartbeat() -> None:
    while True:
        await asyncio.sleep(0.1)
        print(f"heartbeat at {ms()} ms")

async def main() -> None:
    beat = asyncio.create_task(heartbeat())
    await asyncio.sleep(0.3)

    started = ms()
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor() as pool:
        # Another process does the counting; this loop stays free.
        count = await loop.run_in_executor(pool, count_primes, 1_000_000)
    print(f"{count} primes, computed from {started} to {ms()} ms")

    await asyncio.sleep(0.3)
    beat.cancel()

if __name__ == "__main__":
    asyncio.run(main())

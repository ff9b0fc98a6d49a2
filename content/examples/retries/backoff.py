import asyncio
import random
import time

start = time.perf_counter()

def ms() -> int:
    return round((time.perf_counter() - start) * 1000)

# Waits base × 2^attempt, capped, and picks a random time in its upper half (jitter).
def backoff(attempt: int, base: float = 0.2, cap: float = 5.0) -> float:
    ceiling = min(cap, base * 2**attempt)
    return ceiling / 2 + random.random() * ceiling / 2

calls = 0

async def flaky() -> int:
    """Fails its first three calls, then answers; each call takes 200 ms."""
    global calls
    calls += 1
    await asyncio.sleep(0.2)
    if calls <= 3:
        raise RuntimeError("503")
    return 200

async def main() -> None:
    attempt = 0
    while True:
        try:
            status = await flaky()
            print(f"attempt {attempt + 1} at {ms()} ms: {status}")
            break
        except RuntimeError:
            wait = backoff(attempt)
            print(f"attempt {attempt + 1} failed at {ms()} ms, waiting {round(wait * 1000)} ms")
            await asyncio.sleep(wait)
            attempt += 1

asyncio.run(main())

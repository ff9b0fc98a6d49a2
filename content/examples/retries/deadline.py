import asyncio
import random
import time

start = time.perf_counter()

def ms() -> int:
    return round((time.perf_counter() - start) * 1000)

def backoff(attempt: int, base: float = 0.2) -> float:
    ceiling = base * 2**attempt
    return ceiling / 2 + random.random() * ceiling / 2

async def get(url: str) -> str:
    await asyncio.sleep(0.3)
    if "flaky" in url:
        raise RuntimeError("503")  # never recovers
    return url

# No signal to pass: the deadline is a scope, and cancellation reaches every await inside it.
async def get_with_retry(url: str) -> str:
    attempt = 0
    while True:
        try:
            async with asyncio.timeout(1.5):  # each attempt gets 1.5 s of its own
                return await get(url)
        except (RuntimeError, TimeoutError):  # the outer deadline arrives as CancelledError: not caught here
            print(f"  {url} failed at {ms()} ms, retrying")
            await asyncio.sleep(backoff(attempt))
            attempt += 1

async def load_profile(user_id: int) -> tuple[str, str]:
    user = await get_with_retry(f"/users/{user_id}")
    settings = await get_with_retry("/flaky")
    return user, settings

async def main() -> None:
    try:
        async with asyncio.timeout(3):  # Python 3.11+
            await load_profile(1)
    except TimeoutError:
        print(f"gave up at {ms()} ms: TimeoutError")

asyncio.run(main())

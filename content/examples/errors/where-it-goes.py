import asyncio
import time

start = time.perf_counter()

def ms() -> int:
    return round((time.perf_counter() - start) * 1000)

async def get(status: int) -> None:
    await asyncio.sleep(1)
    raise RuntimeError(f"status {status}")

async def main() -> None:
    # 1. Awaited inside try/except: the error comes back to this line.
    try:
        await get(500)
    except RuntimeError as error:
        print(f"awaited: caught {error} at {ms()} ms")

    # 2. A callback on the task, like .catch.
    report = asyncio.create_task(get(404))
    report.add_done_callback(lambda t: print(f"callback: {t.exception()} at {ms()} ms"))

    # 3. Started, awaited later: safe in Python, the task keeps its exception until awaited.
    later = asyncio.create_task(get(503))
    await asyncio.sleep(2)
    try:
        await later
    except RuntimeError as error:
        print(f"awaited later: {error} at {ms()} ms")

asyncio.run(main())

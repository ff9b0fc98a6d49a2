import asyncio
import time

start = time.perf_counter()

def ms() -> int:
    return round((time.perf_counter() - start) * 1000)

async def get(seconds: float, status: int = 200) -> int:
    await asyncio.sleep(seconds)
    if status >= 400:
        raise RuntimeError(f"status {status}")
    return status

async def main() -> None:
    slow = asyncio.create_task(get(3))
    slow.add_done_callback(lambda _: print(f"the 3 s request finished anyway at {ms()} ms"))
    try:
        # Like Promise.all: gather raises the first error; the others are NOT cancelled.
        await asyncio.gather(slow, get(1, 503), get(1))
    except RuntimeError as error:
        print(f"gather raised at {ms()} ms: {error}")
    await slow  # asyncio.run would cancel it otherwise

asyncio.run(main())

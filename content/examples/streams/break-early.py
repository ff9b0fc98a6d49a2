import asyncio
import contextlib
import time

start = time.perf_counter()

def ms() -> int:
    return round((time.perf_counter() - start) * 1000)

async def ticks():
    try:
        i = 0
        while True:
            await asyncio.sleep(0.1)
            i += 1
            yield i
    finally:
        print(f"generator: finally at {ms()} ms")

async def main() -> None:
    # A break does not close an async generator in Python: it is closed later, when it is
    # garbage-collected. aclosing() closes it at the end of the block, like JavaScript's break.
    async with contextlib.aclosing(ticks()) as stream:
        async for tick in stream:
            print(f"tick {tick}")
            if tick == 3:
                break
    print(f"done at {ms()} ms")

asyncio.run(main())

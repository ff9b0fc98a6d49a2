import asyncio
import time

start = time.perf_counter()

def ms() -> int:
    return round((time.perf_counter() - start) * 1000)

async def order(drink: str) -> None:
    await asyncio.sleep(1)
    print(f"{drink} ready at {ms()} ms")

async def main() -> None:
    # Order all three, then wait once for all of them.
    await asyncio.gather(order("tea"), order("coffee"), order("juice"))
    print(f"all done at {ms()} ms")

asyncio.run(main())

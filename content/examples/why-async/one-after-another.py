import asyncio
import time

start = time.perf_counter()

def ms() -> int:
    return round((time.perf_counter() - start) * 1000)

async def order(drink: str) -> None:
    await asyncio.sleep(1)  # the shop needs one second per drink
    print(f"{drink} ready at {ms()} ms")

async def main() -> None:
    # Wait for each drink before ordering the next one.
    await order("tea")
    await order("coffee")
    await order("juice")
    print(f"all done at {ms()} ms")

asyncio.run(main())

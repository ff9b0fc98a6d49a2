import asyncio
import time

start = time.perf_counter()

def ms() -> int:
    return round((time.perf_counter() - start) * 1000)

async def fetch_data() -> dict:
    print(f"fetch_data: started at {ms()} ms")
    await asyncio.sleep(1)
    print(f"fetch_data: finished at {ms()} ms")
    return {"data": "ok"}

async def main() -> None:
    coro = fetch_data()  # a coroutine object: nothing has run yet
    print(f"got {type(coro).__name__} at {ms()} ms")

    await asyncio.sleep(0.5)  # do something else first
    print(f"awaiting it at {ms()} ms")
    result = await coro  # only now does fetch_data start
    print(f"result at {ms()} ms: {result}")

asyncio.run(main())

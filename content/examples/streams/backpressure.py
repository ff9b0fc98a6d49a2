import asyncio
import time

start = time.perf_counter()

def ms() -> int:
    return round((time.perf_counter() - start) * 1000)

# asyncio has no ReadableStream; a bounded Queue gives the same backpressure:
# put() waits while 2 readings are already waiting.
async def produce(queue: asyncio.Queue[int | None]) -> None:
    for made in range(1, 7):
        await asyncio.sleep(0.1)
        await queue.put(made)
        print(f"made {made} at {ms()} ms, waiting: {queue.qsize()}")
    await queue.put(None)  # no more readings

async def main() -> None:
    queue: asyncio.Queue[int | None] = asyncio.Queue(maxsize=2)
    producer = asyncio.create_task(produce(queue))
    while (reading := await queue.get()) is not None:
        print(f"  using {reading} at {ms()} ms")
        await asyncio.sleep(0.3)
    await producer
    print(f"done at {ms()} ms")

asyncio.run(main())

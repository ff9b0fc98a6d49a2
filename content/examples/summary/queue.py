import asyncio
import time

start = time.perf_counter()

async def consumer(queue: asyncio.Queue[str]) -> None:
    while True:
        item = await queue.get()
        if item == "stop":
            return
        print(f"got {item} at {round((time.perf_counter() - start) * 1000)} ms")

async def main() -> None:
    queue: asyncio.Queue[str] = asyncio.Queue()  # maxsize=N makes put() wait when full
    done = asyncio.create_task(consumer(queue))
    for item in ["a", "b", "c", "stop"]:
        await asyncio.sleep(0.3)
        await queue.put(item)
    await done

asyncio.run(main())

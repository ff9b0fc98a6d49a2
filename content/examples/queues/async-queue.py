import asyncio
import time

start = time.perf_counter()

def ms() -> int:
    return round((time.perf_counter() - start) * 1000)

async def worker(name: str, queue: asyncio.Queue[int]) -> None:
    while True:
        job = await queue.get()
        print(f"worker {name}: job {job} at {ms()} ms")
        await asyncio.sleep(0.5)
        queue.task_done()

async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue()  # no maxsize: put() never waits
    workers = [asyncio.create_task(worker(name, queue)) for name in ("A", "B")]

    for job in range(1, 7):
        await queue.put(job)
        print(f"put job {job}, the queue holds {queue.qsize()}")

    await queue.join()  # until every job got its task_done()
    for task in workers:
        task.cancel()
    print(f"all done at {ms()} ms")

asyncio.run(main())

import asyncio
import time

start = time.perf_counter()

def ms() -> int:
    return round((time.perf_counter() - start) * 1000)

async def main() -> None:
    task = asyncio.create_task(asyncio.sleep(5))
    # Someone presses "cancel" after one second.
    asyncio.get_running_loop().call_later(1, task.cancel)
    try:
        await task
        print("slept the full five seconds")
    except asyncio.CancelledError:
        print(f"the task was cancelled at {ms()} ms")
    print("task.cancelled() is", task.cancelled())

asyncio.run(main())

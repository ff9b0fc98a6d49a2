import asyncio
import time

start = time.perf_counter()

def ms() -> int:
    return round((time.perf_counter() - start) * 1000)

async def worker(name: str, every: float, steps: int) -> None:
    for step in range(1, steps + 1):
        await asyncio.sleep(every)  # hand the thread back to the loop
        print(f"{name} step {step} at {ms()} ms")

async def main() -> None:
    # Tasks start on the loop's next turn; neither waits for the other.
    fast = asyncio.create_task(worker("fast", 0.3, 3))
    slow = asyncio.create_task(worker("slow", 0.5, 2))
    print(f"both started at {ms()} ms")
    await fast
    await slow  # asyncio.run would cancel tasks still running at the end

asyncio.run(main())

import asyncio
import time

start = time.perf_counter()

def ms() -> int:
    return round((time.perf_counter() - start) * 1000)

# The producer: 100 ms per reading, and it only makes the next one when asked.
async def readings(count: int):
    for i in range(1, count + 1):
        await asyncio.sleep(0.1)
        print(f"made {i} at {ms()} ms")
        yield i

async def main() -> None:
    # The consumer: 300 ms per reading.
    async for reading in readings(4):
        print(f"  using {reading} at {ms()} ms")
        await asyncio.sleep(0.3)
    print(f"done at {ms()} ms")  # 4 × (100 + 300): they took turns

asyncio.run(main())

import asyncio
import time

N = 200_000

def sum_plain(n: int) -> int:
    total = 0
    for i in range(1, n + 1):
        total += i
    return total

# The same sum, but every addition is a coroutine that is awaited.
async def add(a: int, b: int) -> int:
    return a + b

async def sum_awaited(n: int) -> int:
    total = 0
    for i in range(1, n + 1):
        total = await add(total, i)
    return total

async def main() -> None:
    start = time.perf_counter()
    plain = sum_plain(N)
    plain_ms = (time.perf_counter() - start) * 1000

    start = time.perf_counter()
    awaited = await sum_awaited(N)
    awaited_ms = (time.perf_counter() - start) * 1000

    print(f"plain loop:   {plain} in {plain_ms:.1f} ms")
    print(f"awaited loop: {awaited} in {awaited_ms:.1f} ms")
    print(f"about {awaited_ms / plain_ms:.0f} times slower, for the same answer")

asyncio.run(main())

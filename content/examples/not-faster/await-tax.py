import asyncio
import time

N = 200_000

def sum_plain(n: int) -> int:
    total = 0
    for i in range(1, n + 1):
        total += i
    return total

# The same sum, but each addition is an awaited coroutine.
async def add(a: int, b: int) -> int:
    return a + b

async def sum_awaited(n: int) -> int:
    total = 0
    for i in range(1, n + 1):
        total = await add(total, i)
    return total

async def main() -> None:
    print(f"totals: {sum_plain(N)} and {await sum_awaited(N)}")
    for round_ in range(1, 4):
        start = time.perf_counter()
        sum_plain(N)
        plain_ms = (time.perf_counter() - start) * 1000

        start = time.perf_counter()
        await sum_awaited(N)
        awaited_ms = (time.perf_counter() - start) * 1000
        print(f"round {round_}: plain {plain_ms:.1f} ms, awaited {awaited_ms:.1f} ms")

asyncio.run(main())

import asyncio
from concurrent.futures import ProcessPoolExecutor

def sum_of_squares(n: int) -> int:
    return sum(i * i for i in range(n))

async def main() -> None:
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor() as pool:
        # Runs in another process; the event loop stays free meanwhile.
        print(await loop.run_in_executor(pool, sum_of_squares, 100_000))

if __name__ == "__main__":
    asyncio.run(main())

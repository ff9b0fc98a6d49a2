import asyncio
import time

async def fetch_user(user_id: int) -> str:
    await asyncio.sleep(0.9 + (user_id * 37 % 200) / 1000)
    return ["Ada", "Grace", "Linus"][user_id - 1]

async def main() -> None:
    start = time.perf_counter()
    names = await asyncio.gather(fetch_user(1), fetch_user(2), fetch_user(3))
    print(names, f"at {round((time.perf_counter() - start) * 1000)} ms")

asyncio.run(main())

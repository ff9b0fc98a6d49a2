import asyncio
import time

async def fetch_user(user_id: int) -> str:
    await asyncio.sleep(0.937)
    return "Ada"

async def main() -> None:
    start = time.perf_counter()
    task = asyncio.create_task(fetch_user(1))  # scheduled to start
    await asyncio.sleep(0.5)  # meanwhile, something else
    name = await task  # collect the result later
    print(f"{name} at {round((time.perf_counter() - start) * 1000)} ms")

asyncio.run(main())

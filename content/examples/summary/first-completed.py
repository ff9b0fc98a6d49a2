import asyncio
import time

async def fetch_user(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    return name

async def main() -> None:
    start = time.perf_counter()
    tasks = {asyncio.create_task(fetch_user("Ada", 0.937)), asyncio.create_task(fetch_user("Barbara", 0.922))}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()  # the loser would keep running otherwise
    first = done.pop().result()
    print(f"{first} came first, at {round((time.perf_counter() - start) * 1000)} ms")

asyncio.run(main())

import asyncio
import time

async def fetch_user(user_id: int) -> str:
    await asyncio.sleep(1.054)
    raise LookupError(f"user {user_id} not found")

async def main() -> None:
    start = time.perf_counter()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(3))
            tg.create_task(fetch_user(42))
    except* LookupError:
        ms = round((time.perf_counter() - start) * 1000)
        print(f"LookupError at {ms} ms; the 3 s sleep was cancelled with it")

asyncio.run(main())

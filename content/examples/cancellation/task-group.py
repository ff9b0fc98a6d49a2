import asyncio
import time

start = time.perf_counter()

def ms() -> int:
    return round((time.perf_counter() - start) * 1000)

async def download(name: str, seconds: float) -> str:
    try:
        await asyncio.sleep(seconds)
        print(f"{name}: finished at {ms()} ms")
        return name
    except asyncio.CancelledError:
        print(f"{name}: stopped at {ms()} ms")
        raise  # never swallow a cancellation

async def check_quota() -> str:
    await asyncio.sleep(0.5)
    raise RuntimeError("quota exceeded")

async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(download("report.pdf", 3))
            tg.create_task(download("photo.jpg", 2))
            tg.create_task(check_quota())
    except* RuntimeError as group:
        print(f"group failed at {ms()} ms: {group.exceptions[0]}")

asyncio.run(main())

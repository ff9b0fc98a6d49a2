import asyncio
import time

async def get_page() -> str:
    await asyncio.sleep(1)
    raise RuntimeError("GET /status/500 failed with status 500")

async def main() -> None:
    start = time.perf_counter()
    page = asyncio.create_task(get_page())  # fails at 1 s...
    await asyncio.sleep(2)  # ...and the Task keeps the exception
    print(f"{round((time.perf_counter() - start) * 1000)} ms: now we await the page")
    try:
        await page
    except RuntimeError as error:
        print(f"caught: {error}")

asyncio.run(main())

import asyncio
import time

start = time.perf_counter()

def ms() -> int:
    return round((time.perf_counter() - start) * 1000)

async def heartbeat() -> None:
    while True:
        await asyncio.sleep(0.1)
        print("heartbeat", ms())

async def handle_upload() -> None:
    print(f"upload starts at {ms()} ms")
    time.sleep(0.45)  # blocks the whole loop, like any synchronous call
    print(f"upload done at {ms()} ms")

async def main() -> None:
    beat = asyncio.create_task(heartbeat())
    await asyncio.sleep(0.25)
    await handle_upload()
    await asyncio.sleep(0.3)
    beat.cancel()

asyncio.run(main())

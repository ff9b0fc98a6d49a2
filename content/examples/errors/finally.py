import asyncio
import time

start = time.perf_counter()
open_connections = 0

def ms() -> int:
    return round((time.perf_counter() - start) * 1000)

async def fetch_status(url: str, status: int) -> int:
    global open_connections
    open_connections += 1
    print(f"{url}: connection opened ({open_connections} open)")
    try:
        await asyncio.sleep(1)
        if status >= 400:
            raise RuntimeError(f"GET {url} failed with status {status}")
        return status  # finally still runs before the caller gets this
    finally:
        open_connections -= 1
        print(f"{url}: connection closed at {ms()} ms ({open_connections} open)")

async def main() -> None:
    print("status", await fetch_status("/json", 200))
    try:
        await fetch_status("/status/500", 500)
    except RuntimeError as error:
        print(f"caught after finally: {error}")

asyncio.run(main())

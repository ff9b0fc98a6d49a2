import asyncio
import time
from collections import deque

start = time.perf_counter()

def ms() -> int:
    return round((time.perf_counter() - start) * 1000)

# The line: each entry is a future that someone is awaiting.
line: deque[asyncio.Future[None]] = deque()

async def wait_in_line() -> None:
    future = asyncio.get_running_loop().create_future()
    line.append(future)
    await future

def serve_next() -> None:
    # Setting a future's result wakes up whoever awaits it.
    if line:
        line.popleft().set_result(None)

async def customer(name: str) -> None:
    print(f"{name} joins the line at {ms()} ms")
    await wait_in_line()
    print(f"{name} is served at {ms()} ms")

async def main() -> None:
    customers = [asyncio.create_task(customer(name)) for name in ("Ada", "Grace", "Linus")]
    # The counter serves one customer per second.
    for _ in range(3):
        await asyncio.sleep(1)
        serve_next()
    await asyncio.gather(*customers)

asyncio.run(main())

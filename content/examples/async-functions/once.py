import asyncio
import random

async def roll_dice() -> int:
    print("rolling")
    await asyncio.sleep(0.3)
    return random.randint(1, 6)

async def main() -> None:
    task = asyncio.create_task(roll_dice())  # a Task: started, awaitable many times
    print("first await:", await task)
    print("second await:", await task)  # the same number

    coro = roll_dice()  # a bare coroutine can be awaited only once
    print("coroutine:", await coro)
    try:
        await coro
    except RuntimeError as error:
        print("awaiting the coroutine again:", error)

asyncio.run(main())

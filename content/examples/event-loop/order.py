import asyncio

async def main() -> None:
    loop = asyncio.get_running_loop()
    # Guess the order of the three lines before you run it.
    loop.call_later(0, print, "timer: call_later 0")
    loop.call_soon(print, "ready queue: call_soon")
    print("sync: the last line of main")
    await asyncio.sleep(0.01)  # give the loop a few turns

asyncio.run(main())

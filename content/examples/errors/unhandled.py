import asyncio

async def save_report() -> None:
    await asyncio.sleep(1)
    raise RuntimeError("status 500")

async def main() -> None:
    # Started and forgotten: nobody awaits the task.
    task = asyncio.create_task(save_report())
    print("report started, moving on")
    await asyncio.sleep(2)
    print("main ends; the program exits normally")

asyncio.run(main())
# Python does not stop: at exit it only logs "Task exception was never retrieved".

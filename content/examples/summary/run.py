import asyncio

async def main() -> str:
    await asyncio.sleep(0.1)
    return "main finished"

# asyncio.run starts an event loop, runs main() to its end, and closes the loop.
print(asyncio.run(main()))

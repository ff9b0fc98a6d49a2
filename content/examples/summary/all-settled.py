import asyncio

async def fetch_user(user_id: int) -> str:
    await asyncio.sleep(1)
    if user_id > 10:
        raise LookupError(f"user {user_id} not found")
    return ["Ada", "Grace", "Linus"][user_id - 1]

async def main() -> None:
    results = await asyncio.gather(fetch_user(1), fetch_user(42), fetch_user(3), return_exceptions=True)
    for result in results:
        print(f"failed: {result}" if isinstance(result, Exception) else result)

asyncio.run(main())

import asyncio
import time

start = time.perf_counter()
NAMES = {1: "Ada", 2: "Grace", 3: "Linus"}
LATENCY = {1: 0.937, 2: 0.974, 3: 1.011}  # the same delays as the lab's fetchUser

def ms() -> int:
    return round((time.perf_counter() - start) * 1000)

async def fetch_user(user_id: int) -> dict:
    await asyncio.sleep(LATENCY[user_id])  # stands in for a database query
    return {"id": user_id, "name": NAMES[user_id]}

async def load(user_id: int) -> dict:
    user = await fetch_user(user_id)
    print(f"user {user_id} ({user['name']}) arrived at {ms()} ms")
    return user

async def main() -> None:
    # gather wraps each coroutine in a Task, so all three start now.
    users = await asyncio.gather(load(3), load(1), load(2))
    print([user["name"] for user in users], f"at {ms()} ms")

asyncio.run(main())

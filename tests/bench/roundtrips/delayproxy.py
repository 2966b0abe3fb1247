#!/usr/bin/python3
"""A delaying TCP proxy on loopback that counts round trips the way a network sees them.

Every chunk is forwarded after a fixed delay, each way, in order. Round trips: 1 for the TCP connect, then 1
each time the server speaks after the client did (the greeting, and every client write the server
answered). One line per connection goes to the log file:  <round trips> <client bytes> <server bytes>.

Usage: delayproxy.py LISTEN_PORT TARGET_PORT DELAY_MS LOGFILE   (prints READY when listening)
"""
import asyncio
import sys


async def pump(reader, writer, delay, on_chunk):
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()

    async def sender():
        while True:
            due, data = await queue.get()
            if data is None:
                break
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            writer.write(data)
            await writer.drain()
        try:
            writer.write_eof()
        except OSError:
            pass

    task = asyncio.create_task(sender())
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            on_chunk(len(data))
            await queue.put((loop.time() + delay, data))
    except (ConnectionError, OSError):
        pass
    await queue.put((0, None))
    await task


def main():
    listen_port, target_port, delay_ms, log = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    delay = delay_ms / 1000.0

    async def handle(client_reader, client_writer):
        state = {"trips": 1, "last": "server", "c": 0, "s": 0}  # the connect is the first round trip

        def from_client(n):
            state["c"] += n
            state["last"] = "client"

        def from_server(n):
            state["s"] += n
            if state["last"] == "client" or state["s"] == n:
                state["trips"] += 1  # the greeting, or an answer to the client's last write
            state["last"] = "server"

        # The connect itself is delayed too, as a SYN/SYN-ACK over the same link would be.
        await asyncio.sleep(delay)
        server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target_port)
        await asyncio.gather(pump(client_reader, server_writer, delay, from_client),
                             pump(server_reader, client_writer, delay, from_server))
        for w in (client_writer, server_writer):
            w.close()
        with open(log, "a") as f:
            f.write("%d %d %d\n" % (state["trips"], state["c"], state["s"]))

    async def serve():
        server = await asyncio.start_server(handle, "127.0.0.1", listen_port)
        print("READY", flush=True)
        async with server:
            await server.serve_forever()

    asyncio.run(serve())


if __name__ == "__main__":
    main()

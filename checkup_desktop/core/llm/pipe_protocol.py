"""The messages between the app and its model process (core/llm/runtime.py is the parent
side, core/llm/model_process.py the child side), over one duplex multiprocessing Pipe.

Every message is a tuple whose first item is its kind:

Parent -> child:
    (COMPLETE, id, request dict)    a chat completion (keys: see ModelRuntime.complete)
    (VISION, id, request dict)      an image + question (keys: see ModelRuntime.read_image)
    (TOKENIZE, id, text)            how many tokens `text` is
    (CLOSE,)                        end the child

Child -> parent:
    (READY, info) | (LOAD_ERROR, message)     once, after loading the model
    then per request: (TOKEN, id, n_generated)*, and one of
    (DONE, id, result) | (CANCELLED, id) | (ERROR, id, message)

`result` is the Completion's fields as a dict (an int for TOKENIZE). Replies carry the id of
their request; the parent skips replies to an earlier, abandoned request (a prefetch).
Cancel between tokens goes through a shared multiprocessing.Event, not through the pipe.
"""

from __future__ import annotations

# parent -> child
COMPLETE = "complete"
VISION = "vision"
TOKENIZE = "tokenize"
CLOSE = "close"

# child -> parent
READY = "ready"
LOAD_ERROR = "load_error"
TOKEN = "token"
DONE = "done"
CANCELLED = "cancelled"
ERROR = "error"

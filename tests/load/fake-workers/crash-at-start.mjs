// A load worker whose entry throws before it is ready.
throw new Error("a worker that cannot start");

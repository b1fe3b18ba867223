/* file_hasher.c - SHA-256 of files, hashed in parallel on the thread pool.
 *
 *     file_hasher FILE...
 *
 * Prints "<hex digest>  <path>" for each file, in argument order (the
 * format of sha256sum), each as soon as it and the files before it are
 * done. A file that cannot be read gets "<path>: <reason>" on stderr, and
 * the exit status is then 1.
 *
 * Every file is a task. It opens its file with ac_file_open, then hands
 * the file to the pool chunk by chunk: one ac_blocking job reads a chunk
 * and hashes it, so file data never crosses the loop thread and as many
 * files are hashed at once as the pool has threads (ASYNCC_THREADPOOL_SIZE,
 * default 4). A semaphore keeps at most MAX_OPEN files open (and their
 * buffers allocated), however many are named. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { CHUNK = 64 * 1024, MAX_OPEN = 16 };

/* ---- SHA-256 (FIPS 180-4), plain C ---- */

typedef struct {
  uint32_t h[8];
  uint64_t bytes;          /* hashed so far */
  unsigned char block[64]; /* a partial block */
  size_t used;             /* bytes in block */
} sha256_ctx;

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

static uint32_t ror(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

static void sha256_block(sha256_ctx *c, const unsigned char *p) {
  uint32_t w[64];
  for (int i = 0; i < 16; i++)
    w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
  for (int i = 16; i < 64; i++) {
    uint32_t s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint32_t a = c->h[0], b = c->h[1], cc = c->h[2], d = c->h[3];
  uint32_t e = c->h[4], f = c->h[5], g = c->h[6], h = c->h[7];
  for (int i = 0; i < 64; i++) {
    uint32_t t1 = h + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
    uint32_t t2 = (ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & cc) ^ (b & cc));
    h = g;
    g = f;
    f = e;
    e = d + t1;
    d = cc;
    cc = b;
    b = a;
    a = t1 + t2;
  }
  c->h[0] += a;
  c->h[1] += b;
  c->h[2] += cc;
  c->h[3] += d;
  c->h[4] += e;
  c->h[5] += f;
  c->h[6] += g;
  c->h[7] += h;
}

static void sha256_init(sha256_ctx *c) {
  static const uint32_t h0[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  memcpy(c->h, h0, sizeof h0);
  c->bytes = 0;
  c->used = 0;
}

static void sha256_update(sha256_ctx *c, const unsigned char *p, size_t n) {
  c->bytes += n;
  if (c->used) { /* complete the partial block first */
    size_t k = 64 - c->used < n ? 64 - c->used : n;
    memcpy(c->block + c->used, p, k);
    c->used += k;
    p += k;
    n -= k;
    if (c->used < 64)
      return;
    sha256_block(c, c->block);
    c->used = 0;
  }
  for (; n >= 64; p += 64, n -= 64)
    sha256_block(c, p);
  memcpy(c->block, p, n);
  c->used = n;
}

/* Padding: 0x80, zeros up to 56 mod 64, the length in bits (big-endian). */
static void sha256_final(sha256_ctx *c, unsigned char out[32]) {
  uint64_t bits = c->bytes * 8;
  unsigned char pad[72] = {0x80};
  size_t k = (c->used < 56 ? 56 : 120) - c->used;
  for (int i = 0; i < 8; i++)
    pad[k + (size_t)i] = (unsigned char)(bits >> (56 - 8 * i));
  sha256_update(c, pad, k + 8);
  for (int i = 0; i < 8; i++)
    for (int j = 0; j < 4; j++)
      out[4 * i + j] = (unsigned char)(c->h[i] >> (24 - 8 * j));
}

/* ---- hashing files ---- */

/* One chunk's work, done on the pool: read the next chunk, hash it. */
struct chunk_job {
  int fd;
  sha256_ctx *ctx;
  unsigned char *buf;
};

/* Runs on a pool thread: the bytes hashed (0 at end of file) or -errno.
 * Only one job of a file runs at a time, so its context needs no lock. */
static long read_and_hash(void *arg) {
  struct chunk_job *job = arg;
  ssize_t n;
  do
    n = read(job->fd, job->buf, CHUNK);
  while (n < 0 && errno == EINTR);
  if (n < 0)
    return -errno;
  sha256_update(job->ctx, job->buf, (size_t)n);
  return n;
}

struct result {
  int err;                 /* 0, or a negative errno */
  unsigned char digest[32];
};

static ac_sem open_files; /* MAX_OPEN units */

static async struct result hash_file(const char *path) {
  struct result r;
  memset(&r, 0, sizeof r);
  await ac_sem_wait(&open_files);
  sha256_ctx ctx;
  sha256_init(&ctx);
  struct chunk_job job = {-1, &ctx, malloc(CHUNK)};
  if (!job.buf) {
    r.err = -ENOMEM;
    goto out;
  }
  job.fd = await ac_file_open(path, O_RDONLY, 0);
  if (job.fd < 0) {
    r.err = job.fd;
    goto out;
  }
  /* job and ctx live in this frame: ac_blocking resumes us only once the
   * job has returned, so the pool thread never sees them freed. */
  long n;
  while ((n = await ac_blocking(read_and_hash, &job)) > 0)
    ;
  if (n < 0)
    r.err = (int)n; /* e.g. -EISDIR: a directory opens, but does not read */
  else
    sha256_final(&ctx, r.digest);
  await ac_file_close(job.fd);
out:
  free(job.buf);
  ac_sem_post(&open_files);
  return r;
}

async int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: file_hasher FILE...\n");
    return 2;
  }
  size_t n = (size_t)argc - 1;
  ac_task **tasks = malloc(n * sizeof *tasks);
  if (!tasks) {
    fprintf(stderr, "file_hasher: %s\n", ac_strerror(-ENOMEM));
    return 1;
  }
  ac_sem_init(&open_files, MAX_OPEN);
  for (size_t i = 0; i < n; i++)
    tasks[i] = ac_spawn(hash_file(argv[i + 1]));

  /* Joined in argument order: each result is printed as soon as it and
   * the ones before it are there, while the later files keep hashing. */
  int status = 0;
  for (size_t i = 0; i < n; i++) {
    struct result r;
    int rc = await ac_join(tasks[i], &r);
    if (rc < 0)
      r.err = rc;
    if (r.err) {
      fflush(stdout); /* keep stdout and stderr in order on a terminal */
      fprintf(stderr, "%s: %s\n", argv[i + 1], ac_strerror(r.err));
      status = 1;
      continue;
    }
    char hex[65];
    for (int j = 0; j < 32; j++)
      sprintf(hex + 2 * j, "%02x", r.digest[j]);
    printf("%s  %s\n", hex, argv[i + 1]);
  }
  free(tasks);
  return status;
}

/* waitq.c - wait queues and the parts of the synchronisation objects that
 * never wait (the waiting parts are in async/sync.c). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

ac_frame *ac__park(ac_frame *self, int *out, ac_waitq *q, ac_waiter *w) {
  ac_loop *L = ac__loop();
  int rc = ac__begin_wait(L, self, out, 0, WAIT_PARK, w);
  if (rc) {
    *out = rc;
    return self;
  }
  w->task = L->current;
  w->q = q;
  w->next = NULL;
  w->prev = q->tail;
  if (q->tail)
    q->tail->next = w;
  else
    q->head = w;
  q->tail = w;
  return NULL;
}

void ac__waiter_unlink(ac_waiter *w) {
  ac_waitq *q = w->q;
  if (w->prev)
    w->prev->next = w->next;
  else
    q->head = w->next;
  if (w->next)
    w->next->prev = w->prev;
  else
    q->tail = w->prev;
  w->q = NULL;
}

ac_waiter *ac__waitq_pop(ac_waitq *q) {
  ac_waiter *w = q->head;
  if (w)
    ac__waiter_unlink(w);
  return w;
}

void ac__unpark(ac_waiter *w, int value) {
  if (w->q)
    ac__waiter_unlink(w);
  ac__wake(ac__loop(), w->task, value);
}

void ac__waitq_wake_all(ac_waitq *q, int value) {
  for (ac_waiter *w; (w = ac__waitq_pop(q));)
    ac__wake(ac__loop(), w->task, value);
}

/* ---- mutex ---- */

void ac_mutex_init(ac_mutex *m) { memset(m, 0, sizeof *m); }

int ac_mutex_trylock(ac_mutex *m) {
  ac_task *me = ac_current();
  if (!me)
    return -EPERM;
  if (m->owner)
    return m->owner == me ? -EDEADLK : -EBUSY;
  m->owner = me;
  return 0;
}

int ac_mutex_unlock(ac_mutex *m) {
  if (!m->owner || m->owner != ac_current())
    return -EPERM;
  /* Handed to the first waiter: nobody can take it in between. */
  ac_waiter *w = ac__waitq_pop(&m->q);
  m->owner = w ? w->task : NULL;
  if (w)
    ac__unpark(w, 0);
  return 0;
}

/* ---- semaphore ---- */

void ac_sem_init(ac_sem *s, long count) {
  memset(s, 0, sizeof *s);
  s->count = count;
}

int ac_sem_trywait(ac_sem *s) {
  if (s->count <= 0)
    return -EAGAIN;
  s->count--;
  return 0;
}

void ac_sem_post(ac_sem *s) {
  ac_waiter *w = ac__waitq_pop(&s->q);
  if (w)
    ac__unpark(w, 0); /* the unit goes straight to it */
  else
    s->count++;
}

/* ---- event ---- */

void ac_event_init(ac_event *e) { memset(e, 0, sizeof *e); }
void ac_event_set(ac_event *e) {
  e->set = 1;
  ac__waitq_wake_all(&e->q, 0);
}
void ac_event_clear(ac_event *e) { e->set = 0; }

/* ---- channels ---- */

int ac_chan_open(ac_chan **out, size_t elem_size, size_t capacity) {
  if (!out || !elem_size || (capacity && elem_size > SIZE_MAX / capacity))
    return -EINVAL;
  ac_chan *c = calloc(1, sizeof *c);
  if (!c)
    return -ENOMEM;
  if (capacity && !(c->buf = malloc(elem_size * capacity))) {
    free(c);
    return -ENOMEM;
  }
  c->elem_size = elem_size;
  c->capacity = capacity;
  *out = c;
  return 0;
}

void ac_chan_close(ac_chan *c) {
  if (c->closed)
    return;
  c->closed = 1;
  ac__waitq_wake_all(&c->senders, -EPIPE);
  ac__waitq_wake_all(&c->receivers, -EPIPE);
}

int ac_chan_free(ac_chan *c) {
  if (!c)
    return 0;
  if (c->senders.head || c->receivers.head)
    return -EBUSY;
  free(c->buf);
  free(c);
  return 0;
}

static unsigned char *slot(ac_chan *c, size_t i) { return c->buf + ((c->head + i) % c->capacity) * c->elem_size; }

int ac_chan_trysend(ac_chan *c, const void *elem) {
  if (c->closed)
    return -EPIPE;
  ac_waiter *r = ac__waitq_pop(&c->receivers);
  if (r) {
    memcpy(r->data, elem, c->elem_size);
    ac__unpark(r, 0);
    return 0;
  }
  if (c->count == c->capacity)
    return -EAGAIN;
  memcpy(slot(c, c->count++), elem, c->elem_size);
  return 0;
}

int ac_chan_tryrecv(ac_chan *c, void *elem) {
  if (c->count) {
    memcpy(elem, slot(c, 0), c->elem_size);
    c->head = (c->head + 1) % c->capacity;
    c->count--;
    /* A waiting sender's element takes the freed place. */
    ac_waiter *s = ac__waitq_pop(&c->senders);
    if (s) {
      memcpy(slot(c, c->count++), s->data, c->elem_size);
      ac__unpark(s, 0);
    }
    return 0;
  }
  ac_waiter *s = ac__waitq_pop(&c->senders);
  if (s) {
    memcpy(elem, s->data, c->elem_size);
    ac__unpark(s, 0);
    return 0;
  }
  return c->closed ? -EPIPE : -EAGAIN;
}

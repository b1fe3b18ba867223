/* sync.c - the waiting half of mutexes, semaphores, events and channels,
 * in the async dialect. The object is handed over by whoever wakes the
 * waiter (unlock, post, send, receive: waitq.c), so a woken waiter never
 * has to try again, and a cancelled one has taken nothing. */
#include <errno.h>
#include <string.h>

#include "../internal.h"

async int ac_mutex_lock(ac_mutex *m) {
  int rc = ac_mutex_trylock(m);
  if (rc != -EBUSY)
    return rc;
  ac_waiter w = {0};
  return await ac_park(&m->q, &w);
}

async int ac_sem_wait(ac_sem *s) {
  if (ac_sem_trywait(s) == 0)
    return 0;
  ac_waiter w = {0};
  return await ac_park(&s->q, &w);
}

async int ac_event_wait(ac_event *e) {
  if (e->set)
    return 0;
  ac_waiter w = {0};
  return await ac_park(&e->q, &w);
}

async int ac_chan_send(ac_chan *c, const void *elem) {
  int rc = ac_chan_trysend(c, elem);
  if (rc != -EAGAIN)
    return rc;
  ac_waiter w = {0};
  w.data = (void *)elem;
  return await ac_park(&c->senders, &w);
}

async int ac_chan_recv(ac_chan *c, void *elem) {
  int rc = ac_chan_tryrecv(c, elem);
  if (rc != -EAGAIN)
    return rc;
  ac_waiter w = {0};
  w.data = elem;
  return await ac_park(&c->receivers, &w);
}

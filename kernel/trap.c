/* trap.c - what every interrupt does (docs/kernel.md): save the interrupted task's
 * registers from 0x002..0x042 into its process slot, handle the interrupt, choose the
 * task to run next, and write its registers and MMU table back for the return. */
#include <signal.h>
#include "kernel.h"

static int in_trap;              /* a fault while set is a fault in the kernel */
int user_timer_ticks;            /* timer interrupts taken while a user task ran */

static const char *fault_name(int reason)
{
    switch (reason) {
    case QPU_FAULT_INVALID_INSTRUCTION: return "invalid instruction";
    case QPU_FAULT_UNIMPLEMENTED_INSTRUCTION: return "unimplemented instruction";
    case QPU_FAULT_MEMORY: return "memory fault";
    case QPU_FAULT_OUT_OF_BOUNDS: return "out of bounds";
    case QPU_FAULT_INVALID_INTERRUPT: return "invalid interrupt";
    case QPU_FAULT_DIVIDE_BY_ZERO: return "divide by zero";
    case QPU_FAULT_PRIVILEGED: return "halt (a privileged instruction)";
    }
    return "unknown fault";
}

static int fault_signal(int reason)
{
    if (reason == QPU_FAULT_INVALID_INSTRUCTION || reason == QPU_FAULT_UNIMPLEMENTED_INSTRUCTION)
        return SIGILL;
    return reason == QPU_FAULT_DIVIDE_BY_ZERO ? SIGFPE : SIGSEGV;
}

/* A memory fault just below the stack grows it (the instruction then runs again); one
 * in the guard page, or a growth that finds no memory, is a stack overflow. */
static int stack_fault(struct proc *p)
{
    int va = vm_fault_address(p);
    if (vm_grow_stack(p, va))
        return 1;
    if (va < STACK_GUARD || va >= vm_stack_low(p))
        return 0;
    kprintf("[kernel] pid %d (%s) killed: stack overflow at 0x%x (ip 0x%x)\n", p->pid,
            p->name, va, p->regs[REG_IP]);
    proc_exit_signal(p, SIGSEGV, 1);
    return 1;
}

static void fault(struct proc *p)
{
    int reason = *(int *)QPU_FAULT_REASON;
    if (p->kernel) {
        kprintf("[kernel] panic: %s at 0x%x in %s\n", fault_name(reason),
                p->regs[REG_IP], p->name);
        machine_halt(255);
    }
    if (reason == QPU_FAULT_MEMORY && stack_fault(p))
        return;
    kprintf("[kernel] pid %d (%s) killed: %s at 0x%x\n", p->pid, p->name,
            fault_name(reason), p->regs[REG_IP]);
    proc_exit_signal(p, fault_signal(reason), 1);
}

/* Processes in sleep(), which need the timer to wake. */
static int timed_sleepers(void)
{
    for (int i = 2; i < NPROC; i++)
        if (proc_table[i].state == P_SLEEPING && proc_table[i].chan == CHAN_SLEEP)
            return 1;
    return 0;
}

/* Writes p's state where the return from interrupt will load it, and re-arms the
 * timer last: its deadline then lies a few cycles before the end of a full batch of the
 * task, so it can only be reached in a batch that a system call ends (where the tick
 * would find interrupts masked and drop it) if that call comes in those few cycles. */
static void enter(struct proc *p)
{
    kmemcpy((int *)QPU_SAVED_REGS, p->regs, NREGS);
    *(int *)mmu_io = p->kernel ? 0 : (int)&p->mmu_count;
    if (p != &proc_table[0] || timed_sleepers())
        timer_arm();
    else
        timer_idle();
}

void trap(int n)
{
    struct proc *p = current;
    if (in_trap) {
        kprintf("[kernel] panic: %s inside the kernel\n",
                fault_name(*(int *)QPU_FAULT_REASON));
        machine_halt(255);
    }
    in_trap = 1;
    kmemcpy(p->regs, (int *)QPU_SAVED_REGS, NREGS);
    if (n == QPU_INT_FAULT) {
        fault(p);
    } else if (n == QPU_INT_TIMER) {
        p->ticks++;
        if (!p->kernel) {
            user_timer_ticks++;
            tty_read_ahead(p);
        }
        wake_sleepers(clock_ms());
        need_resched = 1;
    } else if (n == QPU_INT_INPUT || n == QPU_INT_TERMINAL) {
        tty_input_done();
    } else {
        syscall(p);
        if (clock_ms() - p->started_ms >= TIMER_MS)
            need_resched = 1;             /* its quantum is over, ticks or not */
    }
    /* file-system commits (docs/qfs-log.md), before console_poll notices input that
     * completed while the disk was polled */
    log_tick(current == &proc_table[0] || current->state != P_RUNNABLE);
    tty_poll();
    do {
        if (need_resched || current->state != P_RUNNABLE || current == &proc_table[0])
            schedule();                   /* the idle task yields to anything runnable */
    } while (signal_deliver(current));    /* a default action may end it: choose again */
    if (current == &proc_table[0])
        tty_read_ahead(0);                /* every task sleeps: take the next line */
    console_flush();
    in_trap = 0;
    enter(current);
}

/* Installs the handlers (interrupt count 0x80 so that 0x80 is valid) and enters the
 * first task. Never returns. */
void trap_start(void)
{
    int *handlers = (int *)QPU_INT_HANDLERS;
    *(int *)QPU_INT_COUNT = 0x80;
    handlers[QPU_INT_FAULT] = (int)trap_fault;
    handlers[QPU_INT_TIMER] = (int)trap_timer;
    handlers[QPU_INT_INPUT] = (int)trap_input;
    handlers[QPU_INT_TERMINAL] = (int)trap_terminal;
    handlers[0x80] = (int)trap_syscall;
    console_flush();
    enter(current);
    trap_return();
}

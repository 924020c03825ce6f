/* devices.c - finding the peripherals through the device table at 0x200, the timer,
 * the clock, and stopping the machine. Every privileged store has a one-line helper. */
#include "kernel.h"

void machine_stop(int status);   /* trampoline.s */

int mmu_io;
int debug_out;
int debug_in;
int block_dev;
static int timer_io;
static int clock_word;
static int timer_pauses;

/* The window base of the first device with this identifier, or 0. */
int device_find(int id)
{
    int *table = (int *)QPU_DEVICE_TABLE;
    for (int i = 0; i < table[0]; i++)
        if (table[1 + 2 * i] == id)
            return table[2 + 2 * i];
    return 0;
}

void devices_init(void)
{
    mmu_io = device_find(QPU_DEV_MMU_LIST);
    debug_out = device_find(QPU_DEV_DEBUG_OUTPUT);
    debug_in = device_find(QPU_DEV_DEBUG_INPUT);
    block_dev = device_find(QPU_DEV_BLOCK);
    timer_io = device_find(QPU_DEV_TIMER);
    clock_word = device_find(QPU_DEV_CLOCK);
    if (!debug_out)
        machine_stop(250);       /* nowhere to say anything */
    if (!mmu_io || !timer_io || !clock_word)
        panic("the MMU (list table), the timer or the clock is missing");
}

void timer_arm(void)
{
    *(int *)timer_io = TIMER_MS;
}

void timer_stop(void)
{
    *(int *)timer_io = 0;
}

/* The idle task's timer. With the terminal device (qvm) a key raises an interrupt, so
 * the timer stops and the emulator may block on input for ever. Without it the input
 * interrupt may not exist (the reference VM has none): a slow timer polls for input
 * (trap() checks the device at every interrupt), which costs the host next to nothing. */
void timer_idle(void)
{
    *(int *)timer_io = tty_has_terminal() ? 0 : IDLE_POLL_MS;
}

/* Long polls inside a trap (disk, console output) pause the timer: a deadline passing
 * while interrupts are masked would be lost as an ignored interrupt. */
void timer_pause(void)
{
    if (timer_pauses++ == 0)
        *(int *)timer_io = 0;
}

void timer_resume(void)
{
    if (--timer_pauses == 0)
        *(int *)timer_io = TIMER_MS;
}

int clock_ms(void)
{
    return *(int *)clock_word;
}

void machine_halt(int status)
{
    timer_pause();
    console_flush();
    bflush();
    disk_flush();
    console_flush();
    int *control = (int *)debug_out;
    while (*control == QPU_BUF_PENDING)
        ;
    machine_stop(status);
}

void panic(const char *why)
{
    kprintf("[kernel] panic: %s\n", why);
    machine_halt(255);
}

package wenzheng.bot.suggestion;

/**
 * Published when an editor pins or unpins a hot question, so suggestions follow.
 */
record PinsChanged() {

}

/**
 * Reading a citizen's question: what kind of fact it asks for, which place and year it
 * names, and which part of a long message is the question.
 */
package wenzheng.index.question;

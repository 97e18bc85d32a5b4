package wenzheng.bot.system;

import java.util.stream.Collectors;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.transaction.TransactionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import wenzheng.bot.account.AccountRejected;
import wenzheng.bot.editor.EditRejected;
import wenzheng.bot.hotline.TicketConflict;
import wenzheng.bot.hotline.TicketNotFound;
import wenzheng.bot.knowledgebase.KnowledgeBaseNotReady;

/**
 * Answers every failure of the JSON API as an RFC 9457 problem detail
 * ({@code application/problem+json}) whose {@code detail} a citizen can read, in Chinese.
 * Bad input is always a 4xx, never a 500.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private static final String BAD_REQUEST_TITLE = "请求内容不正确";

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(DefaultMessageSourceResolvable::getDefaultMessage)
			.distinct()
			.collect(Collectors.joining("；"));
		return problem(HttpStatus.BAD_REQUEST, BAD_REQUEST_TITLE, detail);
	}

	/**
	 * A request parameter that breaks its constraint ({@code /api/suggest?q=}).
	 */
	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = ex.getAllErrors()
			.stream()
			.map(MessageSourceResolvable::getDefaultMessage)
			.distinct()
			.collect(Collectors.joining("；"));
		return problem(HttpStatus.BAD_REQUEST, BAD_REQUEST_TITLE, detail);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(HttpStatus.BAD_REQUEST, BAD_REQUEST_TITLE, "缺少参数 " + ex.getParameterName());
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(HttpStatus.BAD_REQUEST, BAD_REQUEST_TITLE, "请求体不是有效的 JSON，或字段类型不正确");
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型", "请以 application/json 格式发送请求");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, BAD_REQUEST_TITLE, "参数 " + ex.getName() + " 的值不正确");
	}

	@ExceptionHandler(TicketNotFound.class)
	ResponseEntity<Object> notFound(TicketNotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "未找到", ex.getMessage());
	}

	@ExceptionHandler(AccountRejected.class)
	ResponseEntity<Object> accountRejected(AccountRejected ex) {
		return problem(HttpStatus.BAD_REQUEST, BAD_REQUEST_TITLE, ex.getMessage());
	}

	@ExceptionHandler(EditRejected.class)
	ResponseEntity<Object> editRejected(EditRejected ex) {
		return problem(HttpStatus.BAD_REQUEST, BAD_REQUEST_TITLE, ex.getMessage());
	}

	@ExceptionHandler(TicketConflict.class)
	ResponseEntity<Object> conflict(TicketConflict ex) {
		return problem(HttpStatus.CONFLICT, "操作冲突", ex.getMessage());
	}

	/**
	 * A body Jackson could not bind although it is JSON, e.g. a field given twice.
	 */
	@ExceptionHandler(HttpMessageConversionException.class)
	ResponseEntity<Object> unconvertible(HttpMessageConversionException ex) {
		return problem(HttpStatus.BAD_REQUEST, BAD_REQUEST_TITLE, "请求体不是有效的 JSON，或字段类型不正确");
	}

	@ExceptionHandler(RateLimited.class)
	ResponseEntity<Object> rateLimited(RateLimited ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.body(ex.problem());
	}

	/**
	 * The database is unreachable or failing: nothing was stored, so the citizen asks
	 * again later.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ResponseEntity<Object> databaseUnavailable(RuntimeException ex) {
		log.warn("Database unavailable: {}", ex.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "系统暂时无法处理您的请求，请稍后再试。");
		problem.setTitle("服务暂不可用");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "30")
			.body(problem);
	}

	@ExceptionHandler(KnowledgeBaseNotReady.class)
	ResponseEntity<Object> notReady(KnowledgeBaseNotReady ex) {
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "服务暂不可用", ex.getMessage());
	}

	private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail) {
		return ResponseEntity.status(status).body(ProblemWriter.problem(status, title, detail));
	}

	/**
	 * A multipart request without a boundary, or cut before its closing boundary.
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> brokenMultipart(MultipartException ex) {
		return problem(HttpStatus.BAD_REQUEST, BAD_REQUEST_TITLE, "上传内容不完整或格式不正确，请重新选择文件上传");
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(HttpStatus.PAYLOAD_TOO_LARGE, "上传内容过大", "上传内容超过了允许的大小");
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(HttpStatus.BAD_REQUEST, BAD_REQUEST_TITLE, "缺少表单字段 " + ex.getRequestPartName());
	}

	/**
	 * Every other failure Spring answers itself (an unsupported method, an Accept header
	 * the API cannot satisfy, an unknown path) gets a Chinese title and detail for its
	 * status instead of Spring's English one.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem && !ChineseProblems.isChinese(problem.getDetail())) {
			ChineseProblems.translate(problem);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

}
